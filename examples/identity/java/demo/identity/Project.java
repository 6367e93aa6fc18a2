package demo.identity;

/** A project (tenant) a token can be scoped to. */
public record Project(String id, String name, String domainId) {
}
