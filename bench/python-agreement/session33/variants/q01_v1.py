import queue
import threading


class ChatRoom:
    def __init__(self):
        self.clients = {}
        self.lock = threading.Lock()

    def join(self, name):
        inbox = queue.Queue()
        with self.lock:
            self.clients[name] = inbox
        return inbox

    def broadcast(self, sender, text):
        with self.lock:
            targets = [(n, q) for n, q in self.clients.items() if n != sender]
        for _, inbox in targets:
            inbox.put(f"{sender}: {text}")

    def close(self):
        with self.lock:
            for inbox in self.clients.values():
                inbox.put(None)


room = ChatRoom()
names = ["amy", "bob", "cat"]
inboxes = {"amy": room.join("amy"), "bob": room.join("bob"), "cat": room.join("cat")}
transcripts = {}


def client_reader(name):
    lines = []
    while True:
        message = inboxes[name].get()
        if message is None:
            break
        lines.append(message)
    transcripts[name] = lines


def client_writer(name, texts):
    for text in texts:
        room.broadcast(name, text)


readers = [threading.Thread(target=client_reader, args=(n,)) for n in names]
writers = [
    threading.Thread(target=client_writer, args=("amy", ["hi", "lunch?"])),
    threading.Thread(target=client_writer, args=("bob", ["yes"])),
]
for t in readers + writers:
    t.start()
for t in writers:
    t.join()
room.close()
for t in readers:
    t.join()
print({name: len(lines) for name, lines in sorted(transcripts.items())}, sorted(transcripts["cat"]))
