<?php
/**
 * Loaded by PHPUnit before any test (phpunit.xml.dist): Composer's autoloader, then the shared test helpers.
 */

// `composer install` puts PHPUnit and the HTTP functions' PSR-7 packages here.
$autoloader = dirname(__DIR__) . '/vendor/autoload.php';
if (is_file($autoloader)) {
    require_once $autoloader;
}

require_once __DIR__ . '/FunctionTestCase.php';
