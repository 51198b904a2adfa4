"""Lets the load balancer's health check, which calls the instance's private IP, pass ALLOWED_HOSTS."""
import requests


def instance_ip():
    try:
        return requests.get("http://instance-data/latest/meta-data/local-ipv4", timeout=1).text
    except requests.exceptions.ConnectionError:
        return None
