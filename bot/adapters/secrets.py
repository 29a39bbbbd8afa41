"""Secrets at rest (workspaces' bot tokens and CRM tokens): encrypted with Fernet, under the keys in
LEADBOT_SECRET_KEY. The first key encrypts; every key decrypts (``MultiFernet``), so a key is rotated by
putting a new one first, running ``python -m bot workspaces rotate-key``, then dropping the old one."""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.config import secret_keys
from bot.errors import ConfigError


def new_secret_key() -> str:
    """A fresh key for LEADBOT_SECRET_KEY."""
    return Fernet.generate_key().decode()


class SecretBox:
    def __init__(self, raw_keys: str) -> None:
        try:
            self._fernet = MultiFernet([Fernet(key) for key in secret_keys(raw_keys)])
        except ValueError as exc:
            raise ConfigError([f"LEADBOT_SECRET_KEY {exc}"]) from None

    def seal(self, secret: str) -> str:
        """``secret`` encrypted (and authenticated) under the first key, as text for a database column."""
        return self._fernet.encrypt(secret.encode()).decode()

    def open(self, sealed: str) -> str:
        """The secret back; ConfigError when none of the keys sealed it (a key was dropped too soon)."""
        try:
            return self._fernet.decrypt(sealed.encode()).decode()
        except InvalidToken:
            raise ConfigError(["a stored secret cannot be decrypted with any key in LEADBOT_SECRET_KEY: put "
                               "back the key it was encrypted with (keys are comma-separated, newest first)"]
                              ) from None

    def reseal(self, sealed: str) -> str:
        """The secret encrypted under the current first key (key rotation)."""
        try:
            return self._fernet.rotate(sealed.encode()).decode()
        except InvalidToken:
            raise ConfigError(["a stored secret cannot be decrypted with any key in LEADBOT_SECRET_KEY"]) from None
