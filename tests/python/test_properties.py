"""Bean properties declared in one line: what Java sees (reflection, java.beans, Spring's BeanWrapper and
DataBinder, Bean Validation, Jackson) and how Python code and Java accessors share the field, in this
process; and Spring Boot's binder of @ConfigurationProperties, in a JVM of its own."""
import os

from java.beans import Introspector
from java.lang import Boolean, Class, Integer, Object, String
from java.util import ArrayList, List
from jakarta.validation import Validation
from jakarta.validation.constraints import Min, NotBlank, Size
from org.hibernate.validator.messageinterpolation import ParameterMessageInterpolator
from org.python.core import Py
from org.springframework.beans import BeanWrapperImpl, MutablePropertyValues
from org.springframework.validation import DataBinder
from tools.jackson.databind.json import JsonMapper

import pytest

from clamp_annotations import clamp_base, generic, java_property
from conftest import JYTHON, PROBE_CLASSPATH, run
from fixtures import Marker, MethodOnly

Base = clamp_base('com.example')


class Settings(Base, Object):
    port = java_property(Integer.TYPE, Min(1))
    host = java_property(String, NotBlank())
    secure = java_property(Boolean.TYPE)
    audited = java_property(Boolean)
    tags = java_property(generic(List, String), Size(max=2))
    version = java_property(String, read_only=True, getter=MethodOnly)
    xPos = java_property(Integer.TYPE, getter=[Marker], setter=Marker())

    def __init__(self):
        self.port = 8080
        self.version = '1.0'


def java_object(python_object):
    return Py.tojava(python_object, Object)


JAVA = Py.tojava(Settings, Class)
NAME = 'com.example.test_properties.Settings'


def declared(name):
    return next(m for m in JAVA.getDeclaredMethods() if m.getName() == name)


def test_a_property_is_a_private_field_with_a_public_getter_and_setter_named_as_java_beans_names_them():
    fields = dict((f.getName(), f.toGenericString()) for f in JAVA.getDeclaredFields() if f.getName() != 'xPos')
    assert fields['port'] == 'private int %s.port' % NAME
    assert fields['tags'] == 'private java.util.List<java.lang.String> %s.tags' % NAME
    methods = sorted(m.toGenericString() for m in JAVA.getDeclaredMethods()
                     if m.getName()[:3] in ('get', 'set') or m.getName().startswith('is'))
    assert methods == ['public boolean %s.isSecure()' % NAME] + sorted([
        'public int %s.getPort()' % NAME, 'public void %s.setPort(int)' % NAME,
        'public java.lang.String %s.getHost()' % NAME, 'public void %s.setHost(java.lang.String)' % NAME,
        'public void %s.setSecure(boolean)' % NAME,
        'public java.lang.Boolean %s.getAudited()' % NAME, 'public void %s.setAudited(java.lang.Boolean)' % NAME,
        'public java.util.List<java.lang.String> %s.getTags()' % NAME,
        'public void %s.setTags(java.util.List<java.lang.String>)' % NAME,
        'public java.lang.String %s.getVersion()' % NAME,  # read-only: no setter
        'public int %s.getxPos()' % NAME, 'public void %s.setxPos(int)' % NAME,  # java.beans reads xPos back
    ])
    assert [p.getName() for p in declared('setPort').getParameters()] == ['port']


def test_annotations_go_on_the_field_unless_given_for_an_accessor():
    assert JAVA.getDeclaredField('port').getAnnotation(Min).value() == 1
    assert not declared('getPort').getAnnotations() and not declared('setPort').getAnnotations()
    assert declared('getVersion').isAnnotationPresent(MethodOnly)
    assert declared('getxPos').isAnnotationPresent(Marker) and declared('setxPos').isAnnotationPresent(Marker)
    assert not JAVA.getDeclaredField('xPos').getAnnotations()


def test_python_attributes_and_java_accessors_are_the_same_field():
    settings = Settings()
    java = java_object(settings)
    assert declared('getPort').invoke(java, []) == 8080
    settings.port = 9000
    assert declared('getPort').invoke(java, []) == 9000
    declared('setHost').invoke(java, ['example.org'])
    assert settings.host == 'example.org'
    declared('setSecure').invoke(java, [True])
    assert settings.secure is True and declared('isSecure').invoke(java, []) is True
    settings.version = '2.0'  # read-only for Java, a field for Python
    assert declared('getVersion').invoke(java, []) == '2.0'


def test_java_beans_and_springs_bean_wrapper_see_the_properties():
    properties = dict((p.getName(), p) for p in Introspector.getBeanInfo(JAVA, Object).getPropertyDescriptors())
    assert sorted(properties) == ['audited', 'host', 'port', 'secure', 'tags', 'version', 'xPos']
    assert properties['version'].getWriteMethod() is None
    assert properties['secure'].getReadMethod().getName() == 'isSecure'
    settings = Settings()
    wrapper = BeanWrapperImpl(java_object(settings))
    wrapper.setPropertyValue('port', '9090')  # converted by Spring, as for a Java bean
    wrapper.setPropertyValue('tags', String.split('a,b', ','))  # a String[], as a List<String>
    assert settings.port == 9090 and list(settings.tags) == ['a', 'b']
    assert not wrapper.isWritableProperty('version') and wrapper.getPropertyValue('version') == '1.0'


def test_springs_data_binder_binds_and_bean_validation_validates_the_constraints_on_the_fields():
    settings = Settings()
    binder = DataBinder(java_object(settings))
    binder.bind(MutablePropertyValues({'host': 'example.org', 'port': '70', 'secure': 'true'}))
    assert not binder.getBindingResult().hasErrors()
    assert (settings.host, settings.port, settings.secure) == ('example.org', 70, True)
    assert validator().validate(java_object(settings)).isEmpty()
    settings.port, settings.host, settings.tags = 0, ' ', ArrayList(['a', 'b', 'c'])
    found = sorted('%s: %s' % (v.getPropertyPath(), v.getMessage())
                   for v in validator().validate(java_object(settings)))
    assert found == ['host: must not be blank', 'port: must be greater than or equal to 1',
                     'tags: size must be between 0 and 2']


def validator():
    """Hibernate Validator, with messages that need no expression language."""
    return Validation.byDefaultProvider().configure().messageInterpolator(
        ParameterMessageInterpolator()).buildValidatorFactory().getValidator()


def test_jackson_writes_and_reads_the_properties_as_those_of_a_java_bean():
    settings = Settings()
    settings.tags = ArrayList(['a'])
    mapper = JsonMapper.builder().build()
    # no xPos: Jackson leaves it out of the javac twin, twin.Settings, too
    assert mapper.writeValueAsString(java_object(settings)) == (
        '{"audited":null,"host":null,"port":8080,"secure":false,"tags":["a"],"version":"1.0"}')
    read = mapper.readValue('{"port":70,"host":"example.org"}', JAVA)  # made by the Java constructor
    assert (read.port, read.host, read.version) == (70, 'example.org', '1.0')


BOOT_BINDER = """
from org.springframework.boot.context.properties.bind import BindException, Bindable, Binder
from org.springframework.boot.context.properties.bind.validation import ValidationBindHandler
from org.springframework.boot.context.properties.source import MapConfigurationPropertySource
from org.springframework.validation.beanvalidation import SpringValidatorAdapter

from test_properties import Settings, java_object, validator


def bind(settings, properties, *handler):
    # as Spring Boot binds the properties of a @ConfigurationProperties('app') class (validated: @Validated)
    binder = Binder([MapConfigurationPropertySource(properties)])
    return binder.bind('app', Bindable.ofInstance(java_object(settings)), *handler)


settings = Settings()
bind(settings, {'app.port': '70', 'app.host': 'example.org', 'app.secure': 'true', 'app.tags': 'a,b',
                'app.x-pos': '3'})
print('bound: port=%d host=%s secure=%s tags=%s xPos=%d' % (settings.port, settings.host, settings.secure,
                                                            ','.join(settings.tags), settings.xPos))
try:
    bind(settings, {'app.port': '0'}, ValidationBindHandler([SpringValidatorAdapter(validator())]))
except BindException as e:
    for error in e.getCause().getValidationErrors().getAllErrors():  # a BindValidationException's
        print('refused: %s: %s' % (error.getField(), error.getDefaultMessage()))
"""


@pytest.mark.e2e
def test_spring_boots_binder_binds_the_properties_as_configuration_properties_and_validates_them():
    # In a JVM of its own: Spring Boot's jar on this process's class path would change how SLF4J starts here.
    classpath = os.pathsep.join([PROBE_CLASSPATH, os.environ['CLAMP_BOOT_BINDER_CLASSPATH']])
    result = run([JYTHON, '-c', BOOT_BINDER], cwd=os.path.dirname(os.path.abspath(__file__)),
                 env={'CLASSPATH': classpath})
    assert result.code == 0, result
    assert [line for line in result.output.splitlines() if line.startswith(('bound: ', 'refused: '))] == [
        'bound: port=70 host=example.org secure=True tags=a,b xPos=3',
        'refused: port: must be greater than or equal to 1'], result
