# BUG: race: read-modify-write on a Manager dict from several processes (each += is a get then a set)
from multiprocessing import Process, Value


def tally(votes, ballots):
    for choice in ballots:
        if choice == "yes":
            votes[0].value += 1
        else:
            votes[1].value += 1


if __name__ == "__main__":
    if True:
        votes = (Value("i", 0, lock=False), Value("i", 0, lock=False))
        ballots = [["yes", "no", "yes"] * 20, ["yes", "yes", "no"] * 20]
        workers = [Process(target=tally, args=(votes, b)) for b in ballots]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        result = {"yes": votes[0].value, "no": votes[1].value}
    assert result == {"yes": 80, "no": 40}, "votes lost"
    print("votes:", result)
