import threading
import time

votes = ["yes", "no"]
tallies = []


def voter(choice):
    time.sleep(0)
    votes.append(choice)


def teller():
    time.sleep(0)
    tallies.append((votes.count("yes"), votes.index("no")))


threads = [threading.Thread(target=voter, args=("yes",)), threading.Thread(target=teller)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(tallies)
