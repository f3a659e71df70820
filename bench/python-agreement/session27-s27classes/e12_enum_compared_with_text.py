# A member compared with a string: refused (Python's False; the text would compare equal).
import enum


class State(enum.Enum):
    NEW = "new"


s = State.NEW
print(s == "State.NEW")
