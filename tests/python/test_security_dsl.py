"""Spring Security 7's lambda DSL written in Python, beside its Java twin (tests/security/security/JavaSecurity.java).

Its Customizer has a static method besides its abstract one, so Jython alone refuses a function there
(`can't be coerced to org.springframework.security.config.Customizer`) and a Python configuration
stops Spring's start. Spring Security is on the class path of these runs only, with Spring 7.0.
"""
import os

import pytest

from conftest import JAVA, JYTHON, JYTHON_JAR, run, write

pytestmark = pytest.mark.e2e

SECURITY_CLASSPATH = os.environ['CLAMP_SECURITY_CLASSPATH']

CONFIGURATION = """
    from java.lang import Object

    from clamp_annotations import clamp_base, java_method
    from org.springframework.context.annotation import Bean, Configuration
    from org.springframework.security.config import Customizer
    from org.springframework.security.config.annotation.web.builders import HttpSecurity
    from org.springframework.security.config.annotation.web.configuration import EnableWebSecurity
    from org.springframework.security.core.userdetails import User, UserDetailsService
    from org.springframework.security.provisioning import InMemoryUserDetailsManager
    from org.springframework.security.web import SecurityFilterChain

    Base = clamp_base('com.example')


    @Configuration
    @EnableWebSecurity
    class PythonSecurity(Base, Object):
        @Bean
        @java_method(SecurityFilterChain, http=HttpSecurity)
        def chain(self, http):
            return (http.authorizeHttpRequests(lambda requests: requests.anyRequest().authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .build())

        @Bean
        @java_method(UserDetailsService)
        def users(self):
            return InMemoryUserDetailsManager(User.withUsername('ada').password('{noop}secret').roles('USER').build())
"""


def test_a_python_configuration_uses_the_lambda_dsl_as_its_java_twin_does(tmpdir):
    write(tmpdir, {'secure.py': CONFIGURATION})
    python = run([JYTHON, '-c', 'import secure\n'
                                'from security import SecurityRun\n'
                                'SecurityRun.main(["com.example.secure.PythonSecurity"])'],
                 cwd=str(tmpdir), env={'CLASSPATH': SECURITY_CLASSPATH})
    java = run([JAVA, '-cp', os.pathsep.join([JYTHON_JAR, SECURITY_CLASSPATH]), 'security.SecurityRun',
                'security.JavaSecurity'])
    assert python.code == java.code == 0, (python, java)
    assert filters(python) == filters(java), (python, java)
    assert {'AuthorizationFilter', 'BasicAuthenticationFilter'} <= set(filters(java)), java


def filters(result):
    return [line[len('filter: '):] for line in result.output.splitlines() if line.startswith('filter: ')]
