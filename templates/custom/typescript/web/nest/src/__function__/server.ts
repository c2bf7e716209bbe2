// reflect-metadata first: Nest's decorators record what they declare through it.
import 'reflect-metadata';
import http from 'node:http';
import { ArgumentsHost, BadRequestException, Body, Catch, Controller, Get, HttpCode, Injectable, Module, NotFoundException, Post, Query, Req, type ExceptionFilter } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';

/** The greeting, as a provider: Nest's injector hands it to the controller through its constructor. */
@Injectable()
export class GreetingService {
  greet(name: unknown): string {
    return `Hello, ${typeof name === 'string' && name !== '' ? name : 'world'}!`;
  }
}

/** `GET /` greets, `POST /echo` returns the JSON body it was sent. Every response is JSON. */
@Controller()
export class AppController {
  constructor(private readonly greeting: GreetingService) {}

  @Get()
  greet(@Req() request: Request, @Query() query: Record<string, unknown>) {
    return { message: this.greeting.greet(query.name), method: request.method, path: request.path, query };
  }

  // The body arrives as text, whatever its content type, and is parsed here: a JSON parser would take an empty body for `{}`.
  @Post('echo')
  @HttpCode(200)
  echo(@Body() body: unknown) {
    const received = parseJson(typeof body === 'string' ? body : '');
    if (received === undefined) throw new BadRequestException({ error: 'The request body is not valid JSON' });
    return { received };
  }
}

/** A request no route takes answers 404 in the same JSON as the other frameworks' servers, not Nest's own. */
@Catch(NotFoundException)
export class NotFoundFilter implements ExceptionFilter {
  catch(_exception: NotFoundException, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    context.getResponse<Response>().status(404).json({ error: 'Not found', path: request.path });
  }
}

@Module({ controllers: [AppController], providers: [GreetingService] })
export class AppModule {}

/** The value of JSON text, or undefined when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The Nest app, set up: routes mapped, the body read as text, 404s in our JSON. Only errors and warnings are logged. */
async function createApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, logger: ['error', 'warn'] });
  app.useBodyParser('text', { type: () => true });
  app.useGlobalFilters(new NotFoundFilter());
  return app.init();
}

/**
 * The web server FC runs for this function. Not listening yet. Nest sets its app up asynchronously, so
 * the server is created at once and each request waits for the app to be ready.
 */
export function createServer(): http.Server {
  const ready = createApp().then((app) => app.getHttpAdapter().getInstance() as http.RequestListener);
  // A failed start would otherwise surface only with the first request.
  ready.catch((error: unknown) => console.error('The Nest app did not start:', error));
  return http.createServer((request, response) => {
    ready.then(
      (handle) => handle(request, response),
      () => {
        response.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ error: 'Internal server error' }));
      },
    );
  });
}

// FC starts this file through bootstrap; tests import createServer() and listen on a free port instead.
if (require.main === module) {
  const port = Number(process.env.FC_SERVER_PORT) || 9000;
  // FC sends requests from outside the instance, so every interface; the local runner (fc-local) asks for loopback.
  const host = process.env.FC_LOCAL_HOST || '0.0.0.0';
  createServer().listen(port, host, () => console.log(`Listening on http://${host}:${port}`));
  // FC stops an instance with SIGTERM; as a container's process 1, Node.js would ignore it.
  process.on('SIGTERM', () => process.exit(0));
}
