# BUG: race: read-modify-write on a Manager dict from several processes (each += is a get then a set)
# session21/m04_manager_dict_race.py with `result = dict(votes)` (a walk: a round trip per key, not
# imported) replaced by reads of the two keys.
from multiprocessing import Manager, Process


def tally(votes, ballots):
    for choice in ballots:
        votes[choice] += 1


if __name__ == "__main__":
    with Manager() as manager:
        votes = manager.dict({"yes": 0, "no": 0})
        ballots = [["yes", "no", "yes"] * 20, ["yes", "yes", "no"] * 20]
        workers = [Process(target=tally, args=(votes, b)) for b in ballots]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        yes = votes["yes"]
        no = votes["no"]
    assert yes == 80 and no == 40, "votes lost"
    print("votes:", yes, no)
