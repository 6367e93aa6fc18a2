package demo.keystone_web.management;

import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jmx.export.annotation.ManagedAttribute;
import org.springframework.jmx.export.annotation.ManagedOperation;
import org.springframework.jmx.export.annotation.ManagedResource;
import org.springframework.jmx.export.naming.SelfNaming;
import org.springframework.stereotype.Component;

import demo.identity.TokenDriver;

/** The Java twin of python/keystone_web/management.py, for the start-up measurement. */
@Component
@ManagedResource(description = "Keystone tokens, managed from Python")
public class TokenManagement implements SelfNaming {

    @Value("${keystone.context:/}")
    public String context;
    private long revoked;
    private final TokenDriver tokens;

    public TokenManagement(TokenDriver tokens) {
        this.tokens = tokens;
    }

    @Override
    public ObjectName getObjectName() throws MalformedObjectNameException {
        return new ObjectName("keystone:type=Tokens,context=" + context);
    }

    @ManagedAttribute(description = "Tokens revoked through this bean")
    public long getRevoked() {
        return revoked;
    }

    @ManagedAttribute(description = "The Java class of the token driver")
    public String getDriver() {
        return tokens.getClass().getName();
    }

    @ManagedOperation(description = "Revokes a token; false when there was no valid token of that id")
    public boolean revoke(String token) {
        boolean done = tokens.revoke(token);
        if (done) {
            revoked++;
        }
        return done;
    }
}
