package demo.identity.keystone.drivers;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

import demo.identity.Project;
import demo.identity.ProjectDao;
import demo.identity.Token;
import demo.identity.TokenDao;
import demo.identity.TokenDriver;
import demo.identity.User;

/** The Java twin of examples/identity/python/keystone/drivers.py's UuidTokenProvider, for the start-up measurement. */
@Repository
public class UuidTokenProvider implements TokenDriver {

    private static final Logger log = LoggerFactory.getLogger(UuidTokenProvider.class);

    @Value("${identity.token.ttl-seconds:3600}")
    public long ttl_seconds;
    private final TokenDao tokens;
    private final ProjectDao projects;

    public UuidTokenProvider(TokenDao tokens, ProjectDao projects) {
        this.tokens = tokens;
        this.projects = projects;
    }

    @PostConstruct
    public void check_settings() {
        if (ttl_seconds <= 0) {
            throw new IllegalArgumentException("identity.token.ttl-seconds must be positive, got " + ttl_seconds);
        }
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
                now + ttl_seconds * 1000);
        tokens.save(token);
        log.debug("issued a token for {} in project {}", user.name(), project.get().name());
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
