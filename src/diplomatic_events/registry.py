"""One generic registry for every kind of plug-in (outlets, stages, knowledge packs).

Built-ins come from an explicit table of ``"module:attribute"`` strings imported on first
use; installed plug-ins come from an entry-point group read on first lookup, never at
import time. A name clash raises :class:`PluginConflictError`; an unknown name raises
:class:`UnknownPluginError` listing the names that exist.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from importlib.metadata import entry_points
from typing import Generic, TypeVar, overload

from diplomatic_events.exceptions import PluginConflictError, UnknownPluginError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Named plug-ins of one kind.

    Args:
        kind: what the registry holds, for messages ("outlet adapter").
        entry_point_group: the group installed packages declare plug-ins under.
        builtins: name to ``"module:attribute"`` of the plug-ins shipped with the library.

    .. versionadded:: 0.1.0
    """

    def __init__(
        self,
        kind: str,
        *,
        entry_point_group: str | None = None,
        builtins: Mapping[str, str] | None = None,
    ) -> None:
        self.kind = kind
        self.entry_point_group = entry_point_group
        self._builtin_paths = dict(builtins or {})
        self._loaded: dict[str, T] = {}
        self._user: dict[str, T] = {}
        self._entry_points_read = entry_point_group is None

    @overload
    def register(self, name: str) -> Callable[[T], T]: ...

    @overload
    def register(self, name: str, value: T) -> T: ...

    def register(self, name: str, value: T | None = None) -> T | Callable[[T], T]:
        """Register ``value`` under ``name``; without ``value``, return a decorator."""

        def add(item: T) -> T:
            if name in self._user or name in self._builtin_paths:
                raise PluginConflictError(f"a {self.kind} named {name!r} is already registered")
            self._user[name] = item
            return item

        return add if value is None else add(value)

    def unregister(self, name: str) -> None:
        """Remove a plug-in registered by the user (built-ins stay)."""
        if name not in self._user:
            raise UnknownPluginError(self._unknown_message(name))
        del self._user[name]

    def get(self, name: str) -> T:
        """The plug-in registered under ``name``."""
        if name in self._user:
            return self._user[name]
        if name in self._builtin_paths:
            if name not in self._loaded:
                self._loaded[name] = _import(self._builtin_paths[name])
            return self._loaded[name]
        self._read_entry_points()
        if name in self._user:
            return self._user[name]
        raise UnknownPluginError(self._unknown_message(name))

    def names(self) -> tuple[str, ...]:
        """Every registered name: built-ins first, then plug-ins in registration order."""
        self._read_entry_points()
        return (*self._builtin_paths, *self._user)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in self.names()

    def __iter__(self) -> Iterator[tuple[str, T]]:
        for name in self.names():
            yield name, self.get(name)

    def _read_entry_points(self) -> None:
        if self._entry_points_read or self.entry_point_group is None:
            return
        self._entry_points_read = True
        for point in entry_points(group=self.entry_point_group):
            if point.name in self._user or point.name in self._builtin_paths:
                raise PluginConflictError(
                    f"entry point {point.value!r} reuses the {self.kind} name {point.name!r}"
                )
            self._user[point.name] = point.load()

    def _unknown_message(self, name: str) -> str:
        known = ", ".join(sorted(self.names())) or "none"
        return f"no {self.kind} named {name!r}; known: {known}"


def _import(path: str) -> T:  # type: ignore[type-var]
    module_name, _, attribute = path.partition(":")
    module = importlib.import_module(module_name)
    value: T = getattr(module, attribute)
    return value
