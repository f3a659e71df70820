# BUG: check-then-act on a Manager dict: `if k not in d: d[k] = ...` from two processes, both may claim
from multiprocessing import Manager, Process


def claim(slots, who):
    if "owner" not in slots:
        slots["owner"] = who
        slots["claims"] = slots.get("claims", 0) + 1


if __name__ == "__main__":
    with Manager() as manager:
        slots = manager.dict()
        procs = [Process(target=claim, args=(slots, who)) for who in (1, 2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        owner = slots["owner"]
        claims = slots["claims"]
    assert claims == 1, claims
    print(owner, claims)
