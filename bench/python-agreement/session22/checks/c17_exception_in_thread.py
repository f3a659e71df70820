import threading

done = []


def bad():
    done.append("start")
    raise ValueError("boom")


t = threading.Thread(target=bad)
t.start()
t.join()
done.append("main continues")
print(done)
