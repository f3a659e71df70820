# Two-phase commit: participants vote, a Barrier ends the vote, the coordinator decides, all apply.
import threading
from dataclasses import dataclass, field


@dataclass
class Participant:
    name: str
    balance: int
    debit: int
    vote: bool = False
    applied: bool = False


participants = [Participant("bank-a", 100, 40), Participant("bank-b", 30, 20), Participant("bank-c", 60, 10)]
decision = {"commit": None}
votes_in = threading.Barrier(len(participants) + 1)
decided = threading.Event()
journal = []
journal_lock = threading.Lock()


def participant_main(p):
    p.vote = p.balance >= p.debit  # prepare
    with journal_lock:
        journal.append(f"{p.name}:prepared:{p.vote}")
    votes_in.wait()
    decided.wait()
    if decision["commit"]:
        p.balance -= p.debit
        p.applied = True
    with journal_lock:
        journal.append(f"{p.name}:done")


def coordinator():
    votes_in.wait()
    decision["commit"] = all(p.vote for p in participants)
    decided.set()


threads = [threading.Thread(target=participant_main, args=(p,)) for p in participants]
threads.append(threading.Thread(target=coordinator))
for t in threads:
    t.start()
for t in threads:
    t.join()

committed = decision["commit"]
balances = {p.name: p.balance for p in participants}
applied = sum(p.applied for p in participants)
print(f"committed={committed} applied={applied} balances={balances} journal={len(journal)}")
