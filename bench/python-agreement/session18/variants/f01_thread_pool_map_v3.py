# ThreadPoolExecutor.map normalising a list of user records; results keep the input order.
from concurrent.futures import ThreadPoolExecutor

MAX_WORKERS = 3
USERS = ["ada lovelace", "alan turing", "grace hopper"]


def full_name(user):
    first, last = user.split()
    return first[0].upper() + first[1:] + " " + last[0].upper() + last[1:]


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        names = list(pool.map(full_name, USERS))
    initials = "".join(name[0] for name in names)
    assert names == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
