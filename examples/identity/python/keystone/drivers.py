"""Keystone-style identity and token drivers, in Python, serving a Java front end as Spring beans.

They get the existing Java DAOs through their constructors and their settings through @Value; no
code here ever sees the ApplicationContext.
"""
import hashlib
import logging
import uuid

from java.lang import Long, System
from java.util import Optional

from clamp_annotations import clamp_base, java_constructor, java_field, java_method
from demo.identity import IdentityDriver, ProjectDao, Token, TokenDao, TokenDriver, UserDao
from jakarta.annotation import PostConstruct
from org.springframework.beans.factory.annotation import Value
from org.springframework.stereotype import Repository, Service

Base = clamp_base('demo.identity')  # Java classes demo.identity.keystone.drivers.*

log = logging.getLogger(__name__)


@Service
class PasswordIdentity(Base, IdentityDriver):
    """Keystone's identity backend: users and salted password digests come from the Java UserDao."""

    @java_constructor(users=UserDao)
    def __init__(self, users):
        self.users = users

    def authenticate(self, domain_id, name, password):
        user = self.users.findByName(domain_id, name).orElse(None)
        if user is None or hashlib.sha256(user.salt() + password).hexdigest() != user.passwordDigest():
            return Optional.empty()
        return Optional.of(user)


@Repository
class UuidTokenProvider(Base, TokenDriver):
    """Keystone's UUID token provider, storing tokens with the Java TokenDao."""

    ttl_seconds = java_field(Long.TYPE, Value('${identity.token.ttl-seconds:3600}'))

    @java_constructor(tokens=TokenDao, projects=ProjectDao)
    def __init__(self, tokens, projects):
        self.tokens = tokens
        self.projects = projects

    @PostConstruct
    @java_method
    def check_settings(self):
        if self.ttl_seconds <= 0:
            raise ValueError('identity.token.ttl-seconds must be positive, got %d' % self.ttl_seconds)

    def issue(self, user, project_name):
        if project_name is None:
            project = self.projects.defaultFor(user)
        else:
            project = self.projects.findByName(user.domainId(), project_name)
        if not project.isPresent():
            return Optional.empty()
        now = System.currentTimeMillis()
        token = Token(uuid.uuid4().hex, user, project.get(), now, now + self.ttl_seconds * 1000)
        self.tokens.save(token)
        log.debug('issued a token for %s in project %s', user.name(), project.get().name())
        return Optional.of(token)

    def validate(self, token_id):
        token = self.tokens.find(token_id).orElse(None)
        if token is None or token.expiresAt() <= System.currentTimeMillis():
            return Optional.empty()
        return Optional.of(token)

    def revoke(self, token_id):
        return self.validate(token_id).isPresent() and self.tokens.delete(token_id)
