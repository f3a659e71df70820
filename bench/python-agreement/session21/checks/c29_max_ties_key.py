# max/min with a key give the first of equal items
import threading

votes = {}
lock = threading.Lock()
winner = ""
loser = ""


def vote(name, n):
    with lock:
        votes[name] = n


for name, n in [("bea", 2), ("al", 3), ("cy", 3), ("di", 2)]:
    t = threading.Thread(target=vote, args=(name, n))
    t.start()
    t.join()
winner = max(votes, key=votes.get)
loser = min(votes, key=votes.get)
print(winner, loser)
