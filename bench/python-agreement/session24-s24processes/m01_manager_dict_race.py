# BUG: race: `votes[choice] += 1` on a Manager dict from two processes is a get then a set (two round trips)
from multiprocessing import Manager, Process


def tally(votes, ballots):
    for choice in ballots:
        votes[choice] += 1


if __name__ == "__main__":
    with Manager() as manager:
        votes = manager.dict({"yes": 0, "no": 0})
        workers = [Process(target=tally, args=(votes, ["yes", "no", "yes"] * 3)) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        yes = votes["yes"]
        no = votes["no"]
    assert yes == 12 and no == 6, "votes lost"
    print("votes:", yes, no)
