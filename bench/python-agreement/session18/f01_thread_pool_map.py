# ThreadPoolExecutor.map normalising a list of user records; results keep the input order.
from concurrent.futures import ThreadPoolExecutor

MAX_WORKERS = 3
USERS = [
    {"first": "ada", "last": "lovelace"},
    {"first": "alan", "last": "turing"},
    {"first": "grace", "last": "hopper"},
]


def full_name(user):
    return f"{user['first'].title()} {user['last'].title()}"


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=MAX_WORKERS) as pool:
        names = list(pool.map(full_name, USERS))
    initials = "".join(name[0] for name in names)
    assert names == ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
