# Known bug: two registrars can both find a name free and both register it (check-then-act).
import threading

owners = {}
clashes = 0


def register(user, name):
    global clashes
    if name not in owners.values():
        owners[user] = name
    else:
        clashes += 1


def main():
    threads = [threading.Thread(target=register, args=(u, 7)) for u in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(owners) == 1, owners


if __name__ == "__main__":
    main()
