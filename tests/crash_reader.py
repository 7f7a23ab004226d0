"""A reader that kills its worker process: for the test of a dying worker."""
import os


def read(data: bytes, name: str):
    os._exit(3)
