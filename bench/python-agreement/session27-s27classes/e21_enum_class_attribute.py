# A member as a plain class's attribute: refused (read through the class, not by a name weft follows).
import enum


class State(enum.Enum):
    NEW = "new"


class Job:
    state = State.NEW


print(Job.state)
