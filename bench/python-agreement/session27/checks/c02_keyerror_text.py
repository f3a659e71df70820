"""The text of exceptions caught in a thread: str(KeyError) has quotes, repr of ValueError."""
import threading

errors: list[str] = []
kinds: list[str] = []
inventory = {"apple": 3}


def lookup(name: str) -> None:
    try:
        n = inventory[name]
        if n < 5:
            raise ValueError(f"low stock: {n}")
    except KeyError as e:
        errors.append(str(e))
        kinds.append(type(e).__name__)
    except ValueError as e:
        errors.append(repr(e))
        kinds.append(type(e).__name__)


t1 = threading.Thread(target=lookup, args=("pear",))
t1.start()
t1.join()
t2 = threading.Thread(target=lookup, args=("apple",))
t2.start()
t2.join()
print(errors, kinds)
