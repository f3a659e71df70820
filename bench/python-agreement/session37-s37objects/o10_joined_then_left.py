# Still refused: a member can leave (its queue is deleted from the room's dict), so the room's dict and
# the dict of inboxes the module keeps differ after that, and weft follows one dict of the queues.
import queue
import threading


class Room:
    def __init__(self):
        self.members = {}

    def join(self, name):
        inbox = queue.Queue()
        self.members[name] = inbox
        return inbox

    def leave(self, name):
        del self.members[name]

    def shout(self, text):
        for inbox in self.members.values():
            inbox.put(text)


room = Room()
inboxes = {name: room.join(name) for name in ["ann", "bo"]}


def talker():
    room.shout("hi")
    room.leave("bo")
    room.shout("bye")


t = threading.Thread(target=talker)
t.start()
t.join()
sizes = [inboxes["ann"].qsize(), inboxes["bo"].qsize()]
print(sizes)
