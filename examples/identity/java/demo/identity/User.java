package demo.identity;

/** A user as the existing data layer stores it: the password only as a salted SHA-256 hex digest. */
public record User(String id, String name, String domainId, String salt, String passwordDigest) {
}
