package demo.identity.keystone.drivers;

import java.util.Optional;

import jakarta.annotation.PostConstruct;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Repository;

import demo.identity.JavaTokenDriver;
import demo.identity.ProjectDao;
import demo.identity.Token;
import demo.identity.TokenDao;
import demo.identity.TokenDriver;
import demo.identity.User;

/**
 * The Java twin of {@code UuidTokenProvider} of {@code examples/identity/python/keystone/drivers.py}, for
 * the start-up measurement: a bean of the same shape, whose work is the identity example's Java driver's.
 */
@Repository
public class UuidTokenProvider implements TokenDriver {

    @Value("${identity.token.ttl-seconds:3600}")
    public long ttl_seconds;
    private final TokenDao tokens;
    private final ProjectDao projects;
    private TokenDriver driver;

    public UuidTokenProvider(TokenDao tokens, ProjectDao projects) {
        this.tokens = tokens;
        this.projects = projects;
    }

    @PostConstruct
    public void check_settings() {
        if (ttl_seconds <= 0) {
            throw new IllegalArgumentException("identity.token.ttl-seconds must be positive, got " + ttl_seconds);
        }
        driver = new JavaTokenDriver(tokens, projects, ttl_seconds);
    }

    @Override
    public Optional<Token> issue(User user, String projectName) {
        return driver.issue(user, projectName);
    }

    @Override
    public Optional<Token> validate(String tokenId) {
        return driver.validate(tokenId);
    }

    @Override
    public boolean revoke(String tokenId) {
        return driver.revoke(tokenId);
    }
}
