package demo.identity;

/** An issued token: who it is for, the project it is scoped to, and when it expires (epoch ms). */
public record Token(String id, User user, Project project, long issuedAt, long expiresAt) {
}
