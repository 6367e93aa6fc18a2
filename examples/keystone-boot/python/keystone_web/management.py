"""Token management over JMX, written in Python: Spring's MBeanExporter registers this bean by its
annotations (``@EnableMBeanExport``; in Spring Boot, ``spring.jmx.enabled=true``), and a JMX client reads
its attributes and invokes its operation as those of any Java MBean. It names itself after the
application's context path (``keystone.context``, ``/`` by default), so that two copies of an application
in one JVM have a bean each."""
from java.lang import Boolean, Long, String
from javax.management import ObjectName
from org.springframework.beans.factory.annotation import Value
from org.springframework.jmx.export.annotation import ManagedAttribute, ManagedOperation, ManagedResource
from org.springframework.jmx.export.naming import SelfNaming
from org.springframework.stereotype import Component

from clamp_annotations import clamp_base, java_constructor, java_field, java_method, java_property
from demo.identity import TokenDriver

Base = clamp_base('demo')  # Java class demo.keystone_web.management.TokenManagement


@Component
@ManagedResource(description='Keystone tokens, managed from Python')
class TokenManagement(Base, SelfNaming):

    context = java_field(String, Value('${keystone.context:/}'))
    revoked = java_property(Long.TYPE, read_only=True,  # getRevoked(): Python counts, JMX reads
                            getter=ManagedAttribute(description='Tokens revoked through this bean'))

    @java_constructor(tokens=TokenDriver)
    def __init__(self, tokens):
        self.tokens = tokens

    def getObjectName(self):
        return ObjectName('keystone:type=Tokens,context=%s' % self.context)

    @ManagedAttribute(description='The Java class of the token driver')
    @java_method(String)
    def getDriver(self):
        return self.tokens.getClass().getName()

    @ManagedOperation(description='Revokes a token; false when there was no valid token of that id')
    @java_method(Boolean.TYPE, token=String)
    def revoke(self, token):
        revoked = self.tokens.revoke(token)
        if revoked:
            self.revoked += 1
        return revoked
