# check: appending to a list stored in a Manager dict changes a copy, not the shared value (a classic
# gotcha: the proxy returns the list by value), so the parent sees it empty
from multiprocessing import Manager, Process


def add_item(shared):
    shared["items"].append("x")
    shared["count"] += 1


if __name__ == "__main__":
    with Manager() as manager:
        shared = manager.dict()
        shared["items"] = ["seed"]
        shared["count"] = 0
        p = Process(target=add_item, args=(shared,))
        p.start()
        p.join()
        first_item = shared["items"][0]
        items_len = len(shared["items"])
        count = shared["count"]
    print(items_len, count)
