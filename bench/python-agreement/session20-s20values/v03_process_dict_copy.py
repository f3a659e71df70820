# CPython 3.11: counter=0 items=[1] config={"mode": "a"} in the parent (10 of 10)
"""A child process changes its copy of the module's globals; the parent's stay as they were."""
import multiprocessing

counter = 0
items = [1]
config = {"mode": "a"}


def child():
    global counter
    counter += 10
    items.append(2)
    config["mode"] = "b"


if __name__ == "__main__":
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    exit_code = p.exitcode
