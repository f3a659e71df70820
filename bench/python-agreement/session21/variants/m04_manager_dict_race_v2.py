# BUG: race: read-modify-write on shared counters from several processes (each += is a get then a set)
from multiprocessing import Process, Value


def tally(yes, no, ballots):
    for choice in ballots:
        if choice == "yes":
            yes.value += 1
        else:
            no.value += 1


if __name__ == "__main__":
    yes = Value("i", 0, lock=False)
    no = Value("i", 0, lock=False)
    ballots = [["yes", "no", "yes"] * 20, ["yes", "yes", "no"] * 20]
    workers = [Process(target=tally, args=(yes, no, b)) for b in ballots]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    result = {"yes": yes.value, "no": no.value}
    assert result == {"yes": 80, "no": 40}, "votes lost"
    print("votes:", result)
