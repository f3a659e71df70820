# A member put in a list: refused (its text would print as a string in the list).
import enum


class State(enum.Enum):
    NEW = "new"


history = [State.NEW]
print(history)
