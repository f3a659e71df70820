# assigning to a field of a frozen dataclass raises FrozenInstanceError (an AttributeError)
import threading
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    retries: int = 3


config = Config()
outcome = "none"


def tweak():
    global outcome
    try:
        config.retries = 5
        outcome = "changed"
    except AttributeError:
        outcome = "frozen"


t = threading.Thread(target=tweak)
t.start()
t.join()
retries = config.retries
print(outcome, retries)
