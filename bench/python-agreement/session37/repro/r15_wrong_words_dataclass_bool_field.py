# Wrong words (a refusal, not a silent error): a dataclass field `vote: bool = False`, set by a
# comparison and printed in an f-string. weft (start binary) refuses at 25:32: "the attribute `vote` is
# given a bool in one place ... and another value elsewhere in the file" -- the file gives it only bools
# (the rewrite of the dataclass into `__init__(self, ..., vote=False)` / `self.vote = vote` seems to
# count the parameter as another value). The same class written with `self.vote = False` in its own
# `__init__` imports. CPython: ['a:True'] every run. (Held-out t11_two_phase_commit.py line 26.)
import threading
from dataclasses import dataclass

journal = []


@dataclass
class Participant:
    name: str
    balance: int
    vote: bool = False


p = Participant("a", 10)


def prepare():
    p.vote = p.balance >= 5
    journal.append(f"{p.name}:{p.vote}")


t = threading.Thread(target=prepare)
t.start()
t.join()
print(journal)
