import threading

texts = []


def work(n):
    texts.append(f"{n:>5}|{n:<4}|{n:05d}|{-n:+d}|{n:x}|{n:,}")
    texts.append(repr("it's") + repr('say "hi"'))


t = threading.Thread(target=work, args=(12345,))
t.start()
t.join()
print(texts)
