"""ProcessPoolExecutor.map over a module list of dicts, each job reading its record."""
from concurrent.futures import ProcessPoolExecutor

USERS = [{"name": "ada", "visits": 1}, {"name": "bob", "visits": 2}]


def visits(user):
    return user["visits"] * 10


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        counts = list(executor.map(visits, USERS))
    total = sum(counts)
    print(total)
