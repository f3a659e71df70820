# Known bug: check-then-append is not atomic, so a ticket can be handed out twice (fewer distinct tickets).
import threading

issued = []
next_ticket = 0
distinct = 0


def take():
    global next_ticket
    ticket = next_ticket
    next_ticket = ticket + 1
    issued.append(ticket)


def main():
    global distinct
    threads = [threading.Thread(target=take) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    distinct = len(set(issued))
    assert distinct == 3, distinct


if __name__ == "__main__":
    main()
