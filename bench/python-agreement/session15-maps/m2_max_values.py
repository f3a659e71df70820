# Known bug: lost update on votes[name] (read then write), so the winner may have fewer than 3 votes.
import threading

votes = {"ann": 0, "bob": 0}
best = 0


def vote(name):
    current = votes[name]
    votes[name] = current + 1


def main():
    global best
    threads = [threading.Thread(target=vote, args=("ann",)) for _ in range(3)]
    threads.append(threading.Thread(target=vote, args=("bob",)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    best = max(votes.values())
    assert best == 3, best


if __name__ == "__main__":
    main()
