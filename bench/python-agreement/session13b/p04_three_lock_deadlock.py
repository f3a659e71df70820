# Known bug: three philosophers take locks in a cycle (a->b, b->c, c->a): can deadlock.
import threading

fork_a = threading.Lock()
fork_b = threading.Lock()
fork_c = threading.Lock()
meals = 0


def philosopher(left, right):
    global meals
    with left:
        with right:
            meals += 1


def main():
    diners = [
        threading.Thread(target=philosopher, args=(fork_a, fork_b)),
        threading.Thread(target=philosopher, args=(fork_b, fork_c)),
        threading.Thread(target=philosopher, args=(fork_c, fork_a)),
    ]
    for d in diners:
        d.start()
    for d in diners:
        d.join()
    print(f"meals eaten: {meals}")


if __name__ == "__main__":
    main()
