# Precinct counters report ballots into a shared tally; a lock guards every update.
import threading
from collections import Counter

tally = Counter()
reported = []
tally_lock = threading.Lock()

precincts = {
    "north": ["red", "blue", "blue", "green"],
    "south": ["red", "red", "blue"],
    "east": ["green", "green", "blue", "red", "red"],
}


class PrecinctCounter(threading.Thread):
    def __init__(self, name, ballots):
        super().__init__()
        self.precinct = name
        self.ballots = ballots

    def run(self):
        local = Counter()
        for ballot in self.ballots:
            local[ballot] += 1
        with tally_lock:
            for party, votes in local.items():
                tally[party] += votes
            reported.append(self.precinct)


counters = [PrecinctCounter(name, ballots) for name, ballots in precincts.items()]
for c in counters:
    c.start()
for c in counters:
    c.join()

winner = max(tally, key=lambda party: (tally[party], party))
print(f"tally={dict(sorted(tally.items()))} winner={winner} reported={sorted(reported)}")
