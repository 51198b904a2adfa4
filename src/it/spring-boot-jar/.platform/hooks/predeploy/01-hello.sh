#!/bin/bash
echo predeploy
