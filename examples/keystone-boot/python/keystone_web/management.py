"""Token management over JMX, written in Python: Spring's MBeanExporter registers this bean by its
annotations (``@EnableMBeanExport``; in Spring Boot, ``spring.jmx.enabled=true``), and a JMX client reads
its attributes and invokes its operation as those of any Java MBean."""
from java.lang import Boolean, Long, Object, String
from org.springframework.jmx.export.annotation import ManagedAttribute, ManagedOperation, ManagedResource
from org.springframework.stereotype import Component

from clamp_annotations import clamp_base, java_constructor, java_method
from demo.identity import TokenDriver

Base = clamp_base('demo')  # Java class demo.keystone_web.management.TokenManagement


@Component
@ManagedResource(objectName='keystone:type=Tokens,context=${keystone.context:/}',
                 description='Keystone tokens, managed from Python')
class TokenManagement(Base, Object):

    @java_constructor(tokens=TokenDriver)
    def __init__(self, tokens):
        self.tokens = tokens
        self.revoked = 0

    @ManagedAttribute(description='The Java class of the token driver')
    @java_method(String)
    def getDriver(self):
        return self.tokens.getClass().getName()

    @ManagedAttribute(description='Tokens revoked through this bean')
    @java_method(Long.TYPE)
    def getRevoked(self):
        return self.revoked

    @ManagedOperation(description='Revokes a token; false when there was no valid token of that id')
    @java_method(Boolean.TYPE, token=String)
    def revoke(self, token):
        revoked = self.tokens.revoke(token)
        if revoked:
            self.revoked += 1
        return revoked
