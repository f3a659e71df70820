# Iterating the class and calling it: refused.
import enum


class State(enum.Enum):
    NEW = "new"
    DONE = "done"


for s in State:
    print(s)
