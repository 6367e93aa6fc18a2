package demo.identity;

import java.util.Optional;
import java.util.UUID;

/** The token driver written in Java, for the benchmark to compare the Python one with. */
public final class JavaTokenDriver implements TokenDriver {

    private final TokenDao tokens;
    private final ProjectDao projects;
    private final long ttlSeconds;

    public JavaTokenDriver(TokenDao tokens, ProjectDao projects, long ttlSeconds) {
        this.tokens = tokens;
        this.projects = projects;
        this.ttlSeconds = ttlSeconds;
    }

    @Override
    public Optional<Token> issue(User user, String projectName) {
        Optional<Project> project = projectName == null ? projects.defaultFor(user)
                : projects.findByName(user.domainId(), projectName);
        if (project.isEmpty()) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        Token token = new Token(UUID.randomUUID().toString().replace("-", ""), user, project.get(), now,
                now + ttlSeconds * 1000);
        tokens.save(token);
        return Optional.of(token);
    }

    @Override
    public Optional<Token> validate(String tokenId) {
        return tokens.find(tokenId).filter(token -> token.expiresAt() > System.currentTimeMillis());
    }

    @Override
    public boolean revoke(String tokenId) {
        return validate(tokenId).isPresent() && tokens.delete(tokenId);
    }
}
