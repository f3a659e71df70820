"""multiprocessing.Pool.map over dicts: each job gets a pickled copy; the parent's dicts are unchanged."""
import multiprocessing

USERS = [{"name": "ada", "visits": 1}, {"name": "bob", "visits": 2}]


def bump(user):
    user["visits"] += 10
    return user["visits"]


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        bumped = pool.map(bump, USERS)
    first_after = USERS[0]["visits"]
    total_bumped = sum(bumped)
    print(first_after, total_bumped)
