# ordered
# dict.fromkeys with a list value: every key shares the one list.
import threading

log = []
inbox = dict.fromkeys(["ann", "bob"], [])


def deliver(user, message):
    inbox[user].append(message)


t = threading.Thread(target=deliver, args=("ann", "hi"))
t.start()
t.join()
log.append(len(inbox["bob"]))
print(log)
