"""Keystone v3's token API (``/v3/auth/tokens``) as a Spring MVC controller written in Python.

Spring Boot finds it by scanning, injects the Python drivers through their Java interfaces, and
routes requests to its typed methods by their mapping annotations; headers and the body arrive as
annotated parameters, answers leave as ``ResponseEntity``.
"""
import json
import logging

from java.lang import Object, String
from java.time import Instant
from org.springframework.http import MediaType, ResponseEntity
from org.springframework.web.bind.annotation import (
    DeleteMapping, GetMapping, PostMapping, RequestBody, RequestHeader, RequestMapping, RestController)

from clamp_annotations import clamp_base, generic, java_constructor, java_method
from demo.identity import IdentityDriver, TokenDriver

Base = clamp_base('demo')  # Java class demo.keystone_web.tokens.TokensController

log = logging.getLogger(__name__)

SUBJECT_TOKEN = 'X-Subject-Token'
Reply = generic(ResponseEntity, String)
SubjectToken = (String, RequestHeader(name=SUBJECT_TOKEN, required=False))


@RestController
@RequestMapping('/v3/auth/tokens')
class TokensController(Base, Object):

    @java_constructor(identity=IdentityDriver, tokens=TokenDriver)
    def __init__(self, identity, tokens):
        self.identity = identity
        self.tokens = tokens

    @PostMapping
    @java_method(Reply, body=(String, RequestBody))
    def authenticate(self, body):
        try:
            request = json.loads(body)
        except ValueError as e:
            log.exception('refused a request body that is not JSON')
            return _error(400, str(e))
        auth = _at(request, 'auth')
        user = _at(auth, 'identity', 'password', 'user')
        found = self.identity.authenticate(_text(_at(user, 'domain', 'id'), 'default'),
                                           _text(_at(user, 'name'), ''), _text(_at(user, 'password'), ''))
        if not found.isPresent():
            return _error(401, 'The request you have made requires authentication.')
        token = self.tokens.issue(found.get(), _text(_at(auth, 'scope', 'project', 'name'), None))
        if not token.isPresent():
            return _error(401, 'No such project for this user.')
        return _token(201, token.get())

    @GetMapping
    @java_method(Reply, token=SubjectToken)
    def validate(self, token):
        found = self.tokens.validate(token) if token is not None else None
        if found is None or not found.isPresent():
            return _error(404, 'Could not find token.')
        return _token(200, found.get())

    @DeleteMapping
    @java_method(Reply, token=SubjectToken)
    def revoke(self, token):
        if token is None or not self.tokens.revoke(token):
            return _error(404, 'Could not find token.')
        return ResponseEntity.noContent().build()


def _at(value, *keys):
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _text(value, otherwise):
    return value if isinstance(value, basestring) else otherwise


def _json(status, document, headers=None):
    reply = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
    for name, value in (headers or {}).items():
        reply = reply.header(name, value)
    return reply.body(json.dumps(document, sort_keys=True))


def _error(status, message):
    return _json(status, {'error': {'code': status, 'message': message}})


def _token(status, token):
    user, project = token.user(), token.project()
    return _json(status, {'token': {
        'methods': ['password'],
        'user': {'id': user.id(), 'name': user.name(), 'domain': {'id': user.domainId()}},
        'project': {'id': project.id(), 'name': project.name()},
        'issued_at': Instant.ofEpochMilli(token.issuedAt()).toString(),
        'expires_at': Instant.ofEpochMilli(token.expiresAt()).toString()}}, {SUBJECT_TOKEN: token.id()})
