# A member as a dataclass field's default: refused (the dataclass prints its field's repr).
import enum
from dataclasses import dataclass


class State(enum.Enum):
    NEW = "new"


@dataclass
class Job:
    state: State = State.NEW


print(Job())
