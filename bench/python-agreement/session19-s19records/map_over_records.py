# ThreadPoolExecutor.map over a module list of records (dicts with string keys): each job reads its
# record's fields and marks it handled, and the module's records see the mark (the job is handed the
# dict itself, not a copy). Three jobs add to an unlocked total: an update may be lost.
# CPython 3.11.7 (agree.py, 10 runs): handled=3 total=6 in 10 of 10 (the names as asserted); weft:
# 6 outcomes, complete, total=1 to 6 (the lost updates), handled=3 in every one.
from concurrent.futures import ThreadPoolExecutor

USERS = [
    {"first": "ada", "last": "lovelace", "qty": 1, "handled": 0},
    {"first": "alan", "last": "turing", "qty": 2, "handled": 0},
    {"first": "grace", "last": "hopper", "qty": 3, "handled": 0},
]
total = 0


def full_name(user):
    global total
    total += user["qty"]
    user["handled"] = 1
    return f"{user['first'].title()} {user['last'].title()}"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        names = list(pool.map(full_name, USERS))
    assert names == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
    handled = USERS[0]["handled"] + USERS[1]["handled"] + USERS[2]["handled"]
    print(names, handled, total)
